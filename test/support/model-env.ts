/**
 * Every test types with the npm-only default model (SNIPGEN_MODEL=npm, inherited by the CLI children
 * the tests start): it needs npm packages only and is the same on every machine. The one test that
 * needs the model `npm run generate` used (output/ sync) chooses it itself, from output/models.txt.
 */
process.env.SNIPGEN_MODEL = 'npm';
