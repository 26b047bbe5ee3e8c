import crypto from 'node:crypto';
import path from 'node:path';
import { Liquid } from 'liquidjs';
import { ApiError } from '../../shared/errors';
import { assetsDir } from '../paths';
import { sitewideTag } from './sitewide-tag';
import { ThemeFiles } from './theme-files';

export const defaultThemeDir = path.join(assetsDir, 'theme');
export type TemplateName = 'layout' | 'article' | 'list' | 'home' | 'page' | 'sitemap' | '404' | 'sitemap.xml' | 'rss.xml';

/**
 * The site's templates: LiquidJS files that staff can edit without rebuilding the app.
 * Output is HTML-escaped unless a template says `| raw`. A library's own `theme/` folder
 * overrides the default theme file by file. It renders from its files as read when it was made.
 */
export class Theme {
  private readonly liquid: Liquid;
  /** Changes whenever any template or the stylesheet changes: every page depends on it. */
  readonly fingerprint: string;
  readonly css: string;

  constructor(readonly files: ThemeFiles) {
    const { dirs } = files;
    this.liquid = new Liquid({
      fs: files,
      root: dirs,
      layouts: dirs,
      partials: dirs,
      extname: '.liquid',
      cache: true,
      outputEscape: 'escape',
      strictFilters: true,
      ownPropertyOnly: true,
    });
    this.liquid.registerTag('sitewide', sitewideTag(new Map()));
    const hash = crypto.createHash('sha256');
    for (const { name, text } of files.snapshot.list) hash.update(name).update('\0').update(text).update('\0');
    this.fingerprint = hash.digest('hex').slice(0, 16);
    this.css = files.read('site.css');
  }

  static forLibrary(libraryDir: string): Theme {
    return new Theme(ThemeFiles.read([path.join(libraryDir, 'theme'), defaultThemeDir]));
  }

  private readonly parsed = new Map<TemplateName, ReturnType<Liquid['parseFileSync']>>();

  render(template: TemplateName, context: object): string {
    try {
      let parsed = this.parsed.get(template);
      if (!parsed) this.parsed.set(template, (parsed = this.liquid.parseFileSync(`${template}.liquid`)));
      return this.liquid.renderSync(parsed, context);
    } catch (error) {
      throw themeError(error, template);
    }
  }
}

/** A template mistake, named by file and line so staff can find it. */
function themeError(error: unknown, template: string): ApiError {
  const message = error instanceof Error ? error.message : String(error);
  const file = /file:([^,]+)/.exec(message)?.[1] ?? `${template}.liquid`;
  const line = /line:(\d+)/.exec(message)?.[1] ?? '?';
  return new ApiError('theme-error', 'error.theme', `Template error in ${path.basename(file)} line ${line}: ${message}`, {
    file: path.basename(file),
    line,
    detail: message.split(', file:')[0] ?? message,
  });
}
