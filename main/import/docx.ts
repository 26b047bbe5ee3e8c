import { ApiError } from '../../shared/errors';
import { readHtml } from './html-lines';

/** A Word document (.docx) as lines, through mammoth's HTML. */
export async function readDocx(bytes: Buffer): Promise<{ lines: string[]; title?: string; body?: string[] }> {
  if (bytes.subarray(0, 2).toString('latin1') !== 'PK') {
    throw new ApiError('invalid-input', 'error.import.notDocx', 'This .docx file is not a Word document (a .docx is a zip file); save it again from Word or WPS as .docx.');
  }
  let html: string;
  try {
    const { default: mammoth } = await import('mammoth'); // loaded when first needed, like jsdom
    html = (await mammoth.convertToHtml({ buffer: bytes })).value;
  } catch (error) {
    throw new ApiError('invalid-input', 'error.import.notDocx', `This .docx file could not be read: ${String(error)}`);
  }
  // A document's own structure is its article: no site around it for Readability to remove.
  const { lines, title } = await readHtml(`<body>${html}</body>`);
  return { lines, title };
}
