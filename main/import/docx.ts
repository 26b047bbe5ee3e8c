import { ApiError } from '../../shared/errors';
import { readHtml } from './html-lines';
import { readZip, ZipRefused } from '../untrusted/zip';

/**
 * What a Word document may unpack to. A 1 MB zip can inflate to gigabytes; mammoth would hold
 * it all as one string, so every entry is counted, as it inflates, before mammoth sees any.
 */
const limits = { entries: 5000, entryBytes: 64 * 1024 * 1024, totalBytes: 256 * 1024 * 1024 };

/** A Word document (.docx) as lines, through mammoth's HTML. */
export async function readDocx(bytes: Buffer): Promise<{ lines: string[]; title?: string; body?: string[] }> {
  if (bytes.subarray(0, 2).toString('latin1') !== 'PK') {
    throw new ApiError('invalid-input', 'error.import.notDocx', 'This .docx file is not a Word document (a .docx is a zip file); save it again from Word or WPS as .docx.');
  }
  checkEntries(bytes);
  let html: string;
  try {
    const { default: mammoth } = await import('mammoth'); // loaded when first needed, like jsdom
    html = (await mammoth.convertToHtml({ buffer: bytes })).value;
  } catch (error) {
    throw new ApiError('invalid-input', 'error.import.notDocx', `This .docx file could not be read: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 200)}`);
  }
  // A document's own structure is its article: no site around it for Readability to remove.
  const { lines, title } = await readHtml(`<body>${html}</body>`);
  return { lines, title };
}

function checkEntries(bytes: Buffer) {
  try {
    readZip(bytes, limits, () => true, false);
  } catch (error) {
    if (error instanceof ZipRefused && (error.reason === 'tooLarge' || error.reason === 'tooManyEntries')) {
      throw new ApiError('invalid-input', 'error.import.docxTooLarge', `This .docx file unpacks to too much to be a document (${error.message}).`);
    }
    throw new ApiError('invalid-input', 'error.import.notDocx', `This .docx file could not be read: ${error instanceof Error ? error.message : String(error)}`);
  }
}
