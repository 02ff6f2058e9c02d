// Loads data files (the TERC register CSV) as text, as the webpack build does with asset/source.
module.exports = { process: (source) => ({ code: `module.exports = ${JSON.stringify(source)};` }) };
