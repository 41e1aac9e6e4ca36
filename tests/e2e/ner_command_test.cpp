// `newskg ner eval` end to end: the score of a tiny hand-made GermEval file, the predictions
// file it writes, and its refusal to replace that file without --force.
#include <catch.hpp>

#include <fstream>

#include "e2e/run_newskg.h"

using namespace newskg::testing;

namespace {

// Our own two sentences in GermEval's four-column format (index, token, outer tag, inner tag).
constexpr const char* kTsv =
    "# kleine Probe\n"
    "1\tAngela\tB-PER\tO\n2\tMerkel\tI-PER\tO\n3\tbesuchte\tO\tO\n4\tParis\tB-LOC\tO\n5\t.\tO\tO\n"
    "\n"
    "# zweite Probe\n"
    "1\tDie\tO\tO\n2\tSiemens\tB-ORG\tO\n3\tAG\tI-ORG\tO\n4\tbaut\tO\tO\n5\tin\tO\tO\n6\tBerlin\tB-LOC\tO\n"
    "7\t.\tO\tO\n\n";

}  // namespace

TEST_CASE("ner eval scores a file and refuses to replace its predictions without --force") {
  TempDir dir;
  {
    std::ofstream out(dir / "probe.tsv", std::ios::binary);
    out << kTsv;
  }
  const RunResult first = RunNewskg({"ner", "eval", "probe.tsv", "--predictions", "pred.tsv"}, dir.path());
  INFO(first.err);
  REQUIRE(first.exit_code == 0);
  CHECK(first.out.find("overall") != std::string::npos);
  const std::string predictions = ReadFile(dir / "pred.tsv");
  CHECK(predictions.find("Merkel\tI-PER\tO\t") != std::string::npos);  // a predicted column follows

  const RunResult again = RunNewskg({"ner", "eval", "probe.tsv", "--predictions", "pred.tsv"}, dir.path());
  CHECK(again.exit_code == 1);
  CHECK(again.err.find("pred.tsv") != std::string::npos);
  CHECK(again.err.find("--force") != std::string::npos);
  CHECK(ReadFile(dir / "pred.tsv") == predictions);

  const RunResult forced =
      RunNewskg({"ner", "eval", "probe.tsv", "--predictions", "pred.tsv", "--force"}, dir.path());
  CHECK(forced.exit_code == 0);
}
