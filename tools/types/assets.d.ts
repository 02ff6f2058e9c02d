// CSV files are bundled as text (webpack `asset/source`, a raw transform in Jest).
declare module '*.csv' {
  const content: string;
  export default content;
}
