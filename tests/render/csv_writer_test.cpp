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
