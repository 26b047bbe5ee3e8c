import crypto from 'node:crypto';
import path from 'node:path';
import Handlebars from 'handlebars';
import { ApiError } from '../../shared/errors';
import { assetsDir } from '../paths';
import { sitewideHelper } from './sitewide';
import { ThemeFiles } from './theme-files';

export const defaultThemeDir = path.join(assetsDir, 'theme');
export type TemplateName = 'article' | 'list' | 'home' | 'page' | 'sitemap' | '404' | 'sitemap.xml' | 'rss.xml';

type CompileOptions = Parameters<typeof Handlebars.compile>[1];
/**
 * Templates may use the built-in helpers (if, unless, each, with, lookup) and `sitewide`, and
 * nothing else: an unknown helper is a mistake reported with its line when the file is compiled.
 */
const compileOptions: CompileOptions = { knownHelpers: { sitewide: true }, knownHelpersOnly: true };
type Render = (context: object, options?: Handlebars.RuntimeOptions) => string;
type ThemeMistake = Error & { themeFile?: string; lineNumber?: number };

/**
 * The site's templates: Handlebars files (`.hbs`) that staff can edit without rebuilding the
 * app. `{{value}}` is HTML-escaped, `{{{value}}}` is not (only the sanitized article body).
 * Templates can reach no code and no object's prototype. Every file of the theme is also a
 * partial by its name (`{{> parts/note}}`); a library's own `theme/` folder overrides the
 * default theme file by file. A theme renders from its files as read when it was made, and
 * compiles them to JavaScript functions: the export renders ten thousand pages from them.
 */
export class Theme {
  private readonly engine = Handlebars.create();
  /** Every template and partial by name (`article`, `parts/note`), compiled when first used. */
  private readonly compiled = new Map<string, Render>();
  /** Changes whenever any template or the stylesheet changes: every page depends on it. */
  readonly fingerprint: string;
  readonly css: string;

  constructor(readonly files: ThemeFiles) {
    const hash = crypto.createHash('sha256');
    for (const { name, text } of files.snapshot.list) hash.update(name).update('\0').update(text).update('\0');
    this.fingerprint = hash.digest('hex').slice(0, 16);
    this.css = files.read('site.css');
    for (const [name, text] of files.templates()) {
      const compiled = this.engine.compile(text, compileOptions);
      const render: Render = (context, options) => {
        try {
          return compiled(context, options);
        } catch (error) {
          // The innermost file is the one at fault: a partial's mistake is not the page's.
          throw Object.assign(error as object, { themeFile: (error as ThemeMistake).themeFile ?? `${name}.hbs` });
        }
      };
      this.compiled.set(name, render);
      this.engine.registerPartial(name, render);
    }
    this.engine.registerHelper('sitewide', sitewideHelper((name) => this.template(name)));
  }

  static forLibrary(libraryDir: string): Theme {
    return new Theme(ThemeFiles.read([path.join(libraryDir, 'theme'), defaultThemeDir]));
  }

  render(template: TemplateName, context: object): string {
    try {
      return this.template(template)(context);
    } catch (error) {
      throw themeError(error, template);
    }
  }

  private template(name: string): Render {
    const render = this.compiled.get(name);
    if (!render) throw new Error(`The template ${name}.hbs is missing from the theme`);
    return render;
  }
}

/** A template mistake, named by file and line so staff can find it. */
function themeError(error: unknown, template: string): ApiError {
  const message = error instanceof Error ? error.message : String(error);
  const mistake = error as ThemeMistake;
  const line = mistake.lineNumber ?? /on line (\d+)/.exec(message)?.[1] ?? '?';
  const file = mistake.themeFile ?? `${template}.hbs`;
  return new ApiError('theme-error', 'error.theme', `Template error in ${file} line ${line}: ${message}`, {
    file,
    line: String(line),
    detail: message.split('\n')[0] ?? message,
  });
}
