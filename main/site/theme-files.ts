import fs from 'node:fs';
import path from 'node:path';
import type { FS } from 'liquidjs';

/** What a theme folder holds that rendering reads: templates, partials and the stylesheet. */
const isThemeFile = (name: string) => name.endsWith('.liquid') || name.endsWith('.css');

/** One file of a theme: where it lies, its name within the theme (`<folder's place>/<name>`), its text. */
export interface ThemeFile {
  file: string;
  name: string;
  text: string;
}

/** What a theme's files are made of, plain data: a render thread gets the same files as the export. */
export interface ThemeSnapshot {
  /** In the order they override each other: the library's own theme, then the default. */
  dirs: string[];
  list: ThemeFile[];
}

/**
 * A theme's files, read once when the theme is opened, as the file system LiquidJS renders
 * from. The theme's fingerprint is made of all of them, partials included, so editing a
 * partial rewrites the pages on the next export; and one export, render thread included,
 * renders one version of the theme, even if staff save a template while it runs.
 */
export class ThemeFiles implements FS {
  private readonly byFile: Map<string, string>;
  readonly sep = path.sep;

  constructor(readonly snapshot: ThemeSnapshot) {
    this.byFile = new Map(snapshot.list.map((f) => [f.file, f.text]));
  }

  /** Reads the folders; a missing folder holds nothing. */
  static read(dirs: string[]): ThemeFiles {
    const list = dirs.flatMap((dir, place) => {
      const names = fs.existsSync(dir) ? (fs.readdirSync(dir, { recursive: true }) as string[]) : [];
      return names
        .filter(isThemeFile)
        .sort()
        .map((name) => ({ file: path.resolve(dir, name), name: `${place}/${name}`, text: fs.readFileSync(path.join(dir, name), 'utf8') }));
    });
    return new ThemeFiles({ dirs, list });
  }

  get dirs(): string[] {
    return this.snapshot.dirs;
  }

  /** The text of `name` from the first folder that has it, or '' when none does. */
  read(name: string): string {
    for (const dir of this.dirs) {
      const text = this.byFile.get(path.resolve(dir, name));
      if (text !== undefined) return text;
    }
    return '';
  }

  existsSync(file: string): boolean {
    return this.byFile.has(file);
  }

  async exists(file: string): Promise<boolean> {
    return this.existsSync(file);
  }

  readFileSync(file: string): string {
    const text = this.byFile.get(file);
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
