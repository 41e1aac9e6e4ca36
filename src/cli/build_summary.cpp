#include "cli/build_summary.h"

#include <cstdio>
#include <sstream>

#include "cli/progress.h"

namespace newskg::cli {

std::string FormatBuildSummary(const BuildFigures& f,
                               const std::vector<std::filesystem::path>& outputs) {
  const ExportSummary& g = f.graph;
  std::ostringstream out;
  out << "articles:  " << g.articles;
  if (f.already_present > 0 || f.new_articles != g.articles) {
    out << " (" << f.new_articles << " new";
    if (f.already_present > 0) out << ", " << f.already_present << " already in the graph";
    out << ")";
  }
  out << '\n';
  const std::uint64_t entities = g.entities[0] + g.entities[1] + g.entities[2];
  out << "entities:  " << entities << " (" << g.entities[0] << " Person, " << g.entities[1]
      << " Organization, " << g.entities[2] << " Place)\n";
  out << "roles:     " << g.roles << '\n';
  out << "meetings:  " << g.meetings << '\n';
  out << "triples:   " << g.triples << '\n';
  out << "wrote:    ";
  for (const std::filesystem::path& path : outputs) out << ' ' << path.string();
  out << '\n';
  char rate[64] = "";
  if (f.analysis_seconds > 0 && f.words > 0) {
    std::snprintf(rate, sizeof rate, ", %.0f words/s on %zu thread%s",
                  static_cast<double>(f.words) / f.analysis_seconds, f.threads,
                  f.threads == 1 ? "" : "s");
  }
  out << "time:      " << FormatDuration(f.analysis_seconds + f.writing_seconds)
      << " (analysis " << FormatDuration(f.analysis_seconds) << rate << "; writing "
      << FormatDuration(f.writing_seconds) << ": resolution " << FormatDuration(g.resolve_seconds)
      << ", Turtle and N-Triples with the index " << FormatDuration(g.rdf_seconds)
      << ", GraphML " << FormatDuration(g.graphml_seconds);
  if (g.copied_blocks > 0 && g.blocks > 0) {
    char reused[64];
    std::snprintf(reused, sizeof reused, "; %.0f%% of Turtle and N-Triples copied unchanged",
                  100.0 * static_cast<double>(g.copied_blocks) / static_cast<double>(g.blocks));
    out << reused;
  }
  out << ")\n";
  out << "memory:    " << FormatBytes(f.peak_memory) << " at peak\n";
  return out.str();
}

}  // namespace newskg::cli
