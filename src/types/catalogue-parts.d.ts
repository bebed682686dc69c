// The English catalogue's two parts (vite.config.ts splits them at build; whole elsewhere).
declare module '*.json?first' {
  const messages: Record<string, string>;
  export default messages;
}
declare module '*.json?later' {
  const messages: Record<string, string>;
  export default messages;
}
