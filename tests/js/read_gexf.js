// Read a GEXF file with graphology-gexf and print what it holds as JSON:
//   node read_gexf.js FILE.gexf
// Used by tests/test_export_gexf.py to check that the GEXF export reads back.
'use strict';
const fs = require('fs');
const Graph = require('graphology');
const gexf = require('graphology-gexf');

const text = fs.readFileSync(process.argv[2], 'utf8');
const graph = gexf.parse(Graph, text);
const out = {
  type: graph.type,
  multi: graph.multi,
  order: graph.order,
  size: graph.size,
  nodes: graph.mapNodes((key, attributes) => ({key, attributes})),
  edges: graph.mapEdges((key, attributes, source, target) => ({key, source, target, attributes})),
};
process.stdout.write(JSON.stringify(out));
