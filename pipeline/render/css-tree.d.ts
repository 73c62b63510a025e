// css-tree's self-contained ES build has the package's own API and types.
declare module 'css-tree/dist/csstree.esm' {
  export * from 'css-tree';
}
