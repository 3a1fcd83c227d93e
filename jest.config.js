/** Tests are TypeScript, transpiled by swc (type-checking is `tsc`'s job, run first by `npm test`). */

// Every test types with the npm-only default model: it needs npm packages only and is the same on
// every machine. Set here, in jest's own process, so the test workers, their worker threads and the
// CLI children they start all inherit it. The one test that needs the model `npm run generate`
// used (output/ sync) chooses it itself, from output/models.txt.
process.env.SNIPGEN_MODEL = 'npm';
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'es6' } }],
  },
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  testTimeout: 120000,
};
