/**
 * What an address in the briefing may be, in one place for the template (Markdown images), the
 * layout (attributes that hold an address) and the styles (url() and the functions that load a
 * string): nothing that loads from outside the file. A place in the briefing ("#section-x"), or
 * data written into the file itself: an image (PNG, JPEG, GIF, WebP, SVG) and, in styles, a font.
 */

const IMAGE = String.raw`data:image\/(?:png|jpeg|gif|webp|svg\+xml)[;,]`;
const FONT = String.raw`data:font\/(?:woff2?|ttf|otf)[;,]`;
const PLACE = String.raw`#[^\s]*`;

const EMBEDDED_IMAGE = new RegExp(`^${IMAGE}`, 'i');
const IN_LAYOUT = new RegExp(`^(?:${PLACE}|${IMAGE})`, 'i');
const IN_STYLE = new RegExp(`^(?:${PLACE}|${IMAGE}|${FONT})`, 'i');

/** An image written into the file (a Markdown image of the template). */
export const isEmbeddedImage = (address: string): boolean => EMBEDDED_IMAGE.test(address.trim());
/** A place in the briefing or an image written into the file (an address attribute of the layout). */
export const isSafeLayoutAddress = (address: string): boolean => IN_LAYOUT.test(address.trim());
/** A place in the briefing, or an image or font written into the file (an address in a style). */
export const isSafeStyleAddress = (address: string): boolean => IN_STYLE.test(address.trim());
