// GraphiQL for API users, from the WebJars the app serves (React 18 UMD + GraphiQL 2 UMD).
const DEFAULT_QUERY = `# Pokin: SAKIP performance cascades as a graph.
# Ctrl+Enter runs the query; the Docs button shows the schema.

{
  units(filter: { level: PEMDA }, first: 10) {
    edges { node {
      id
      name
      counts { units sasaran kondisi indikator }
      topElements { id kind code name }
    } }
    pageInfo { hasNextPage endCursor }
  }
  search(text: "jumlah", first: 5) {
    id kind name
    ... on Indikator { satuan targets { year raw } }
  }
}
`;

const fetcher = GraphiQL.createFetcher({ url: new URL('graphql', document.baseURI).href });
ReactDOM.createRoot(document.getElementById('graphiql')).render(
  React.createElement(GraphiQL, { fetcher, defaultQuery: DEFAULT_QUERY, defaultEditorToolsVisibility: true }),
);
