// trawl explain: why each triple came out (rule, file:line, sentence, span,
// the sentence as the rules saw it) and which candidates were vetoed.
#include <iostream>
#include <sstream>

#include "cli/app.h"
#include "cli/commands.h"
#include "cli/shared.h"
#include "core/masked_text.h"
#include "entities/recognizer.h"

namespace trawl::cli {
namespace {

std::string JsonString(std::string_view s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  return out + "\"";
}

std::string EntityName(const Extraction& e, int entity) {
  const Entity& ent = e.mentions.entities[static_cast<size_t>(entity)];
  return ent.type == EntityType::kSeason ? "season " + std::to_string(ent.season) : ent.Label();
}

// The sentence as relation rules see it: mentions as typed slots.
std::string Masked(const Extraction& e, size_t sentence) {
  std::vector<int> in;
  for (size_t i = 0; i < e.mentions.mentions.size(); ++i)
    if (e.mentions.mentions[i].sentence == sentence) in.push_back(static_cast<int>(i));
  return MaskedText::Render(e.doc->text, e.segmented.sentences[sentence].span, e.mentions.mentions, in,
                            [&](int i) { return SlotLabel(e.mentions.mentions[static_cast<size_t>(i)]); })
      .text();
}

// "⟨PERSON:4⟩ = Ronald D. Moore" for every mention of the sentence.
std::string SlotLegend(const Extraction& e, size_t sentence) {
  std::ostringstream out;
  for (size_t i = 0; i < e.mentions.mentions.size(); ++i) {
    const Mention& m = e.mentions.mentions[i];
    if (m.sentence != sentence || m.entities.empty()) continue;
    out << "      ⟨" << EntityTypeName(m.type) << ":" << i << "⟩ \"" << e.doc->Slice(m.span) << "\" = ";
    for (size_t k = 0; k < m.entities.size(); ++k) out << (k ? ", " : "") << EntityName(e, m.entities[k]);
    out << "\n";
  }
  return out.str();
}

void PrintMentions(const Extraction& e) {
  for (size_t s = 0; s < e.segmented.sentences.size(); ++s) {
    const Sentence& sentence = e.segmented.sentences[s];
    std::cout << "[" << s << "] " << Masked(e, s) << "\n";
    const int focus = FocusSeries(e.segmented, e.mentions, s, sentence.span.end);
    std::cout << "      (paragraph " << sentence.paragraph << (sentence.headline ? ", headline" : "")
              << (sentence.run_in ? ", run-in heading" : sentence.heading ? ", heading" : "");
    if (e.mentions.sentence_topic[s] >= 0) std::cout << ", subject " << EntityName(e, e.mentions.sentence_topic[s]);
    if (focus >= 0) std::cout << ", in focus " << EntityName(e, focus);
    std::cout << ")\n";
    for (size_t i = 0; i < e.mentions.mentions.size(); ++i) {
      const Mention& m = e.mentions.mentions[i];
      if (m.sentence != s) continue;
      std::cout << "      ⟨" << EntityTypeName(m.type) << ":" << i << "⟩ \"" << e.doc->Slice(m.span) << "\" = ";
      for (size_t k = 0; k < m.entities.size(); ++k) std::cout << (k ? ", " : "") << EntityName(e, m.entities[k]);
      std::cout << "  (" << m.rule_id << (m.type_rule.empty() ? "" : ", typed by " + m.type_rule) << ")\n";
    }
  }
}

void PrintText(const Extraction& e) {
  const Document& d = *e.doc;
  std::cout << "# " << d.id << " (" << d.path << (d.date.empty() ? "" : ", " + d.date) << "): "
            << e.facts.facts.size() << " facts, " << e.facts.rejected.size() << " rejected candidates\n";
  for (const Fact& f : e.facts.facts) {
    const Provenance& p = f.provenance;
    std::cout << EntityName(e, f.subject) << "  " << f.relation << "  " << EntityName(e, f.object) << "\n"
              << "    rule " << p.rule_id << " (" << p.rule_location << ")\n"
              << "    sentence " << p.sentence << " bytes " << p.span.begin << "-" << p.span.end << ": "
              << d.Slice(p.span) << "\n"
              << "    as matched: " << Masked(e, p.sentence) << "\n"
              << SlotLegend(e, p.sentence);
  }
  for (const RejectedFact& r : e.facts.rejected) {
    const Provenance& p = r.fact.provenance;
    std::cout << "REJECTED " << EntityName(e, r.fact.subject) << "  " << r.fact.relation << "  "
              << EntityName(e, r.fact.object) << "\n"
              << "    rule " << p.rule_id << " (" << p.rule_location << ") vetoed by " << r.reason << "\n"
              << "    sentence " << p.sentence << ": " << d.Slice(p.span) << "\n";
  }
}

void PrintJsonFact(const Extraction& e, const Fact& f, const std::string& status) {
  const Provenance& p = f.provenance;
  std::cout << "{\"article\":" << JsonString(e.doc->id) << ",\"status\":" << JsonString(status)
            << ",\"subject\":" << JsonString(EntityName(e, f.subject)) << ",\"relation\":" << JsonString(f.relation)
            << ",\"object\":" << JsonString(EntityName(e, f.object)) << ",\"rule\":" << JsonString(p.rule_id)
            << ",\"rule_source\":" << JsonString(p.rule_location) << ",\"sentence\":" << p.sentence
            << ",\"start\":" << p.span.begin << ",\"end\":" << p.span.end
            << ",\"text\":" << JsonString(e.doc->Slice(p.span)) << ",\"masked\":" << JsonString(Masked(e, p.sentence))
            << "}\n";
}

}  // namespace

int Explain(const ExplainOptions& o) {
  Engine engine = LoadEngineOrReport(o.rules_dir, GraphOptions{});
  if (!engine.pipeline) return kExitError;
  int skipped = 0;
  ForEachExtraction(*engine.pipeline, o.inputs, o.jobs, [&](Extraction& e) {
    if (!o.json) {
      if (o.mentions) PrintMentions(e);
      PrintText(e);
      return true;
    }
    for (const Fact& f : e.facts.facts) PrintJsonFact(e, f, "extracted");
    for (const RejectedFact& r : e.facts.rejected) PrintJsonFact(e, r.fact, "rejected: " + r.reason);
    return true;
  }, &skipped);
  return skipped ? kExitPartial : kExitOk;
}

}  // namespace trawl::cli
