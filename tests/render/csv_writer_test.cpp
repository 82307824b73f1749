#include "render/csv_writer.h"

#include <catch2/catch.hpp>
#include <string>

using kt::CsvForm;
using kt::DownloadTable;
using kt::csv_text;

namespace {

// Header, a row with numbers, a row with a symbol and a text a spreadsheet would run.
DownloadTable table() {
    return {{{"navn", "verdi", "symbol", "merknad"},
             {"Vågå, Innlandet", "63.4", "", "Tall; med semikolon"},
             {"Sel", "", "-", "=HYPERLINK(\"x\")"},
             {"Lom", "-2.5", "..", "-1 person"}},
            {false, true, false, false}};
}

}  // namespace

TEST_CASE("csv_text writes machine CSV: commas, decimal points, no byte-order mark",
          "[render][csv]") {
    CHECK(csv_text(table(), CsvForm::machine) ==
          "navn,verdi,symbol,merknad\n"
          "\"Vågå, Innlandet\",63.4,,Tall; med semikolon\n"
          "Sel,,-,\"=HYPERLINK(\"\"x\"\")\"\n"
          "Lom,-2.5,..,-1 person\n");
}

TEST_CASE("csv_text writes what a Norwegian spreadsheet opens: byte-order mark, ';', decimal "
          "comma, no formulas",
          "[render][csv]") {
    CHECK(csv_text(table(), CsvForm::spreadsheet) ==
          "\xEF\xBB\xBF"
          "navn;verdi;symbol;merknad\n"
          "Vågå, Innlandet;63,4;;\"Tall; med semikolon\"\n"
          // A lone "-" is SSB's symbol and no formula; a longer text starting with = or - is
          // kept as text.
          "Sel;;-;\"'=HYPERLINK(\"\"x\"\")\"\n"
          "Lom;-2,5;..;'-1 person\n");
}

TEST_CASE("csv_text keeps a code's leading zero in the spreadsheet form", "[render][csv]") {
    const DownloadTable codes{{{"områdekode", "verdi"}, {"0301", "12"}, {"03", ""}, {"0", "1"},
                               {"3435", "0.5"}},
                              {false, true}};
    // Excel opens 0301 as the number 301; ="0301" is the text 0301. A lone 0 and a code
    // without a leading zero are left as they are, and so are numbers.
    CHECK(csv_text(codes, CsvForm::spreadsheet) ==
          "\xEF\xBB\xBF"
          "områdekode;verdi\n"
          "\"=\"\"0301\"\"\";12\n"
          "\"=\"\"03\"\"\";\n"
          "0;1\n"
          "3435;0,5\n");
    CHECK(csv_text(codes, CsvForm::machine) == "områdekode,verdi\n0301,12\n03,\n0,1\n3435,0.5\n");
}
