import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';

/**
 * Lit's css`` blocks arrive as written, and terser leaves template literals alone. Ours hold no
 * interpolations or quoted whitespace, so collapsing them is safe; it saves about a kilobyte gzipped.
 */
const minifyCssLiterals = () => ({
  name: 'minify-css-literals',
  transform(code, id) {
    if (!id.includes('/widget/src/')) return null;
    const minified = code.replace(/css`([^`]*)`/g, (_, body) => `css\`${body
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,>])\s*/g, '$1')
      .replace(/:\s+/g, ':')
      .trim()}\``);
    return { code: minified, map: null };
  },
});

const plugins = () => [
  minifyCssLiterals(),
  // Lit's production build, not its development build with warnings.
  nodeResolve({ exportConditions: ['production'] }),
  // Pointed at the browser tsconfig, or esbuild compiles standard decorators and Lit throws.
  esbuild({ tsconfig: 'widget/tsconfig.json', target: 'es2021' }),
  terser({ compress: { passes: 2 }, format: { comments: false } }),
];

export default [
  /** The widget: one ES module a clinic's page loads with a single script tag. */
  {
    input: 'widget/src/annulus-chat.ts',
    // The chat chunk shares Lit with the entry; letting the entry export it saves a facade file and a round trip.
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'dist/widget',
      format: 'es',
      entryFileNames: 'annulus-chat.js',
      chunkFileNames: '[name]-[hash].js',
    },
    plugins: plugins(),
  },
  // The staff dashboard (/staff), built apart so the chat widget never carries it.
  {
    input: 'widget/src/staff/staff-dashboard.ts',
    output: { dir: 'dist/widget', format: 'es', entryFileNames: 'staff.js', chunkFileNames: '[name]-[hash].js' },
    plugins: plugins(),
  },
];
