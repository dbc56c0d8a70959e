// The German word and name lists of @zxcvbn-ts/language-de, imported one by one (its index brings
// all of them, Wikipedia's too). Each file's default export is its list of words.
declare module '@zxcvbn-ts/language-de/dist/commonWords.json.esm.js' {
  const words: string[];
  export default words;
}
declare module '@zxcvbn-ts/language-de/dist/firstnames.json.esm.js' {
  const names: string[];
  export default names;
}
declare module '@zxcvbn-ts/language-de/dist/lastnames.json.esm.js' {
  const names: string[];
  export default names;
}
