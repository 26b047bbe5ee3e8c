import fs from 'node:fs';
import path from 'node:path';
import { ApiError } from '../../shared/errors';

/** What a theme folder holds that rendering reads: templates, partials and the stylesheet. */
const templateExt = '.hbs';
const isThemeFile = (name: string) => name.endsWith(templateExt) || name.endsWith('.css');

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
 * A theme's files, read once when the theme is opened. The theme's fingerprint is made of all
 * of them, partials included, so editing a partial rewrites the pages on the next export; and
 * one export, render thread included, renders one version of the theme, even if staff save a
 * template while it runs.
 */
export class ThemeFiles {
  private readonly byFile: Map<string, string>;

  constructor(readonly snapshot: ThemeSnapshot) {
    this.byFile = new Map(snapshot.list.map((f) => [f.file, f.text]));
  }

  /** Reads the folders; a missing folder holds nothing. */
  static read(dirs: string[]): ThemeFiles {
    const list = dirs.flatMap((dir, place) => {
      const names = fs.existsSync(dir) ? (fs.readdirSync(dir, { recursive: true }) as string[]) : [];
      refuseOldFormat(names);
      return names
        .filter(isThemeFile)
        .sort()
        .map((name) => ({ file: path.resolve(dir, name), name: `${place}/${name}`, text: fs.readFileSync(path.join(dir, name), 'utf8') }));
    });
    return new ThemeFiles({ dirs, list });
  }

  /** The text of `name` from the first folder that has it, or '' when none does. */
  read(name: string): string {
    for (const dir of this.snapshot.dirs) {
      const text = this.byFile.get(path.resolve(dir, name));
      if (text !== undefined) return text;
    }
    return '';
  }

  /**
   * Every template by its name within the theme, without the extension and with forward
   * slashes (`article`, `parts/note`); a library's file wins over the default theme's.
   * Only files inside the theme's folders are named, so `{{> ../secret}}` finds nothing.
   */
  templates(): Map<string, string> {
    const named = new Map<string, string>();
    for (const { name, text } of this.snapshot.list) {
      const within = name.slice(name.indexOf('/') + 1);
      if (!within.endsWith(templateExt)) continue;
      const key = within.slice(0, -templateExt.length).split(path.sep).join('/');
      if (!named.has(key)) named.set(key, text);
    }
    return named;
  }
}

/**
 * A template from when themes were LiquidJS would be passed over without a word, and the site
 * would quietly change back to the default look: stop and say which file to rewrite instead.
 */
function refuseOldFormat(names: string[]) {
  const old = names.filter((name) => name.endsWith('.liquid')).sort()[0];
  if (!old) return;
  const rewrite = old.replace(/\.liquid$/, templateExt);
  throw new ApiError('theme-error', 'error.themeOldFormat', `Template ${old} is in the old LiquidJS format: rewrite it as ${rewrite}, or delete it.`, { file: old, rewrite });
}
