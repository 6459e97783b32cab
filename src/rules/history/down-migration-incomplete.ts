import { pipelineRule } from '../helpers.js';

export default pipelineRule({
  id: 'down-migration-incomplete',
  category: 'history',
  severity: 'warning',
  summary: 'Up then down does not give back the schema the up started from.',
  rationale:
    'A rollback leaves objects behind (an enum type, a sequence) or does not restore what the up removed (an index): the next up may fail, and environments drift.',
  safeAlternative: 'Make the down undo exactly what the up did; the finding lists what differs.',
  needs: 'review',
  example: {
    setup: '',
    bad: "-- +goose Up\nCREATE TYPE mood AS ENUM ('ok');\n-- +goose Down\nSELECT 1;",
    good: "-- +goose Up\nCREATE TYPE mood AS ENUM ('ok');\n-- +goose Down\nDROP TYPE mood;",
  },
});
