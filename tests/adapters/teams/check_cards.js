// Every card the bot sent, through Microsoft's Adaptive Cards library (npm adaptivecards, the renderer the
// Playground's UI and Teams build on): prints one JSON list of what it warns about (unknown elements or
// actions, values a version does not support, invalid properties), empty when all cards are fine.
const path = require("path");
const AC = require(path.join(process.argv[2], "adaptivecards", "dist", "adaptivecards.js"));

const cards = JSON.parse(require("fs").readFileSync(0, "utf8"));
const problems = [];
cards.forEach((json, index) => {
  const context = new AC.SerializationContext();
  const card = new AC.AdaptiveCard();
  card.parse(json, context);
  for (let i = 0; i < context.eventCount; i++) {
    problems.push(`card ${index}: ${context.getEventAt(i).message}`);
  }
  const validation = card.validateProperties();
  for (let i = 0; i < validation.failureCount; i++) {
    for (const error of validation.getFailureAt(i).errors) problems.push(`card ${index}: ${error.message}`);
  }
});
process.stdout.write(JSON.stringify(problems));
