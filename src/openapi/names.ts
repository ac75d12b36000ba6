// How the generated module names things, the same on every machine and in every locale.

/** `url-shortener`, `urlShortener` or `url_shortener` as `UrlShortener`. */
export function pascalCase(name: string): string {
  return name
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word[0]?.toUpperCase() + word.slice(1))
    .join('');
}

/** `urlShortener` as `url-shortener`: the dialect's name in `ApiError.dialect`. */
export function kebabCase(name: string): string {
  return name
    .replace(/([a-z\d])([A-Z])/g, '$1-$2')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();
}

/** Strings sorted by code unit, the same on every machine and locale. */
export function sorted(values: Iterable<string>): string[] {
  return [...values].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** A preset name made from a title: `DigitalOcean API` → `digitaloceanApi`. */
export function nameFromTitle(title: string): string {
  const words = title.split(/[^A-Za-z0-9]+/).filter(Boolean);
  const name = words.map((word, index) => (index === 0 ? word.toLowerCase() : word[0]?.toUpperCase() + word.slice(1).toLowerCase())).join('');
  return /^[A-Za-z_$]/.test(name) ? name : `api${name}`;
}
