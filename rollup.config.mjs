import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';

const plugins = () => [
  // Lit's production build, not its development build with warnings.
  nodeResolve({ exportConditions: ['production'] }),
  // Pointed at the browser tsconfig, or esbuild compiles standard decorators and Lit throws.
  esbuild({ tsconfig: 'widget/tsconfig.json', target: 'es2021' }),
  terser({ format: { comments: false } }),
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
