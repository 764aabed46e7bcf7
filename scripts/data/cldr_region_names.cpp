// Prints the CLDR names of regions, as the system's ICU ships them, for
// scripts/data/places-packaged.py: one line per code read from stdin,
//   CODE<TAB>lang=name|short name<TAB>lang=...
// for the nine languages newsdex analyses. Built and run by that script only.
#include <unicode/locdspnm.h>
#include <unicode/locid.h>
#include <unicode/uversion.h>

#include <iostream>
#include <memory>
#include <string>

int main(int argc, char** argv) {
    if (argc > 1 && std::string(argv[1]) == "--version") {
        std::cout << U_ICU_VERSION << "\n";
        return 0;
    }
    const char* languages[] = {"en", "de", "fr", "ru", "uk", "ko", "ja", "zh", "ar"};
    for (std::string code; std::getline(std::cin, code);) {
        std::cout << code;
        for (const char* language : languages) {
            UDisplayContext full[] = {UDISPCTX_LENGTH_FULL};
            UDisplayContext brief[] = {UDISPCTX_LENGTH_SHORT};
            std::unique_ptr<icu::LocaleDisplayNames> standard(
                icu::LocaleDisplayNames::createInstance(icu::Locale(language), full, 1));
            std::unique_ptr<icu::LocaleDisplayNames> short_form(
                icu::LocaleDisplayNames::createInstance(icu::Locale(language), brief, 1));
            if (!standard || !short_form) return 1;
            icu::UnicodeString name, alternative;
            standard->regionDisplayName(code.c_str(), name);
            short_form->regionDisplayName(code.c_str(), alternative);
            std::string a, b;
            name.toUTF8String(a);
            alternative.toUTF8String(b);
            std::cout << '\t' << language << '=' << a;
            if (b != a) std::cout << '|' << b;
        }
        std::cout << '\n';
    }
}
