/**
 * The default id of anything with a name: "Provide high product quality" → "provide-high-product-quality".
 * Accents are folded ("Qualität" → "qualitat") so ids stay ASCII and URL-safe.
 */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}
