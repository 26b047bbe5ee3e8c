import fs from 'node:fs';
import path from 'node:path';
import type { FS } from 'liquidjs';

/** What a theme folder holds that rendering reads: templates, partials and the stylesheet. */
const isThemeFile = (name: string) => name.endsWith('.liquid') || name.endsWith('.css');

/**
 * A theme's files, read once when the theme is opened, as the file system LiquidJS renders
 * from. The theme's fingerprint is made of all of them, partials included, so editing a
 * partial rewrites the pages on the next export; and one export renders one version of the
 * theme, even if staff save a template while it runs.
 */
export class ThemeFiles implements FS {
  private readonly files = new Map<string, string>();
  /** Each file's name within the theme, as `<folder's place>/<name>`: the same wherever the library lies. */
  private readonly names: [string, string][] = [];
  readonly sep = path.sep;

  /** `dirs` in the order they override each other; a missing folder holds nothing. */
  constructor(readonly dirs: string[]) {
    dirs.forEach((dir, place) => {
      const names = fs.existsSync(dir) ? (fs.readdirSync(dir, { recursive: true }) as string[]) : [];
      for (const name of names.filter(isThemeFile).sort()) {
        const text = fs.readFileSync(path.join(dir, name), 'utf8');
        this.files.set(path.resolve(dir, name), text);
        this.names.push([`${place}/${name}`, text]);
      }
    });
  }

  /** The text of `name` from the first folder that has it, or '' when none does. */
  read(name: string): string {
    for (const dir of this.dirs) {
      const text = this.files.get(path.resolve(dir, name));
      if (text !== undefined) return text;
    }
    return '';
  }

  /** Every file with its name, in the folders' order: what the theme's fingerprint is made of. */
  entries(): readonly [string, string][] {
    return this.names;
  }

  existsSync(file: string): boolean {
    return this.files.has(file);
  }

  async exists(file: string): Promise<boolean> {
    return this.existsSync(file);
  }

  readFileSync(file: string): string {
    const text = this.files.get(file);
    if (text === undefined) throw Object.assign(new Error(`ENOENT: no theme file ${file}`), { code: 'ENOENT' });
    return text;
  }

  async readFile(file: string): Promise<string> {
    return this.readFileSync(file);
  }

  resolve(dir: string, file: string, ext: string): string {
    return path.resolve(dir, path.extname(file) ? file : file + ext);
  }

  /** Only files inside the theme's folders: `{% include '../../secret' %}` finds nothing. */
  containsSync(root: string, file: string): boolean {
    return file.startsWith(path.resolve(root) + path.sep);
  }

  async contains(root: string, file: string): Promise<boolean> {
    return this.containsSync(root, file);
  }

  dirname(file: string): string {
    return path.dirname(file);
  }
}
