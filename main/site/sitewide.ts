import Handlebars from 'handlebars';

type Render = (context: object, options?: Handlebars.RuntimeOptions) => string;

/**
 * `{{sitewide "header"}}`: the partial `header`, which is the same on every page (header, column
 * navigation, footer), rendered once per theme, so once per export, and reused, as Hugo's
 * partialCached does. What it shows must not depend on the page being rendered.
 */
export function sitewideHelper(partial: (name: string) => Render) {
  const rendered = new Map<string, Handlebars.SafeString>();
  return function (this: object, name: string, options: Handlebars.HelperOptions) {
    let html = rendered.get(name);
    if (!html) rendered.set(name, (html = new Handlebars.SafeString(partial(name)(this, { data: options.data }))));
    return html;
  };
}
