/** A checklist item's stored name: its words, lower case, joined by hyphens (tags and entities dropped). */
export function checklistValue(itemHtml: string): string {
  return itemHtml
    .replace(/<[^>]*>|&[#\w]+;/g, ' ')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}
