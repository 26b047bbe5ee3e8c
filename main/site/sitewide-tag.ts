import { Tag, type Context, type Emitter, type Liquid, type TagToken, type Template, type TopLevelToken } from 'liquidjs';
import type { Parser } from 'liquidjs/dist/parser';

/**
 * `{% sitewide %}…{% endsitewide %}`: a part that is the same on every page (header, column
 * navigation, footer) is rendered once per export and reused, as Hugo's partialCached does.
 * What is inside must not depend on the page being rendered.
 */
export function sitewideTag(cache: Map<Tag, string>) {
  return class Sitewide extends Tag {
    private readonly templates: Template[] = [];

    constructor(token: TagToken, remainTokens: TopLevelToken[], liquid: Liquid, parser: Parser) {
      super(token, remainTokens, liquid);
      while (remainTokens.length) {
        const next = remainTokens.shift()!;
        if ('name' in next && next.name === 'endsitewide') return;
        this.templates.push(parser.parseToken(next, remainTokens));
      }
      throw new Error(`tag ${token.getText()} not closed`);
    }

    *render(ctx: Context, emitter: Emitter): Generator<unknown, void, string> {
      let html = cache.get(this);
      if (html === undefined) {
        html = yield this.liquid.renderer.renderTemplates(this.templates, ctx);
        cache.set(this, html);
      }
      emitter.write(html);
    }
  };
}
