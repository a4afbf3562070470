// The layers of the code, downward only: app → features → components/lib → api (the contract).
// server/ (the HTTP API and its engine) sees only the contract; mocks/ (the demo) hosts the server's
// API in the browser; server/node hosts it in Node, with the demo world only behind --demo.
// Read by eslint.config.js (import-x/no-restricted-paths).

const UI = ['./src/app', './src/features', './src/components', './src/lib'];
const feature = (name) => `./src/features/${name}`;
/** Features that others build on; they import no other feature (the diff is drawn in the engine's drawer). */
const LEAVES = ['diff', 'session'];
/** Features around the engine: each reads a search from the engine's context, none imports another. */
const AROUND = ['catalogue', 'charts', 'export', 'live', 'savedSearches', 'settings'];
/** Where features are composed into pages. */
const COMPOSERS = ['streams', 'timeline', 'entity'];

const others = (name, names) => names.filter((n) => n !== name).map(feature);

export const layers = [
  {
    target: './src/api',
    from: '.',
    except: ['./src/api', './node_modules'],
    message: 'The contract stands alone: the app, the demo and the server import it, never the reverse.',
  },
  {
    // all of the server but its Node host (next zone)
    target: ['./server/*.ts', './server/!(node)/**'],
    from: '.',
    except: ['./server', './src/api', './node_modules'],
    message:
      'The server is deployed without the console or the demo: it may import only itself and the contract.',
  },
  {
    target: './server/node',
    from: '.',
    except: [
      './server',
      './src/api',
      './node_modules',
      './config/securityHeaders.js',
      './mocks/loadDemoWorld.ts',
    ],
    message:
      "The Node host serves the API and the built console: besides the server and the contract it imports only the security headers it shares with `vite preview` and, for --demo, the demo's loader (mocks/loadDemoWorld.ts). The API and the stores never see the demo.",
  },
  {
    target: ['./server/engine', './server/sql'],
    from: './server/api',
    message: 'The stores (engine, sql) sit below the HTTP API: a store never depends on routes.',
  },
  {
    target: './mocks',
    from: '.',
    except: ['./mocks', './server', './src/api', './node_modules'],
    message:
      "The demo hosts the server's API with demo data: it may import the server and the contract, never UI code.",
  },
  {
    target: './mocks/world',
    from: ['./mocks', './server/api'],
    except: ['./world'],
    message: 'The demo world generates records; it knows nothing of how they are served.',
  },
  {
    target: ['./src/components', './src/lib'],
    from: ['./src/app', './src/features'],
    message: 'Shared UI and helpers sit below the features and the app.',
  },
  {
    target: './src/features',
    from: ['./src/app'],
    message: 'The app composes the features; a feature never reaches back up into it.',
  },
  {
    target: feature('search'),
    from: [...AROUND, ...COMPOSERS, 'session'].map(feature),
    message: 'The search engine knows no feature around it: they read the search from its context.',
  },
  ...LEAVES.map((name) => ({
    target: feature(name),
    from: others(name, [...LEAVES, ...AROUND, ...COMPOSERS, 'search']),
    message: `${name} is a leaf feature: it imports no other feature.`,
  })),
  ...AROUND.map((name) => ({
    target: feature(name),
    from: others(name, [...AROUND, ...COMPOSERS]),
    message: `${name} builds on the engine only: pages compose it with the others (features/streams).`,
  })),
  {
    target: feature('streams'),
    from: [feature('timeline'), feature('entity')],
    message: 'The timeline and the entity pages build on the stream definitions, not the reverse.',
  },
];
