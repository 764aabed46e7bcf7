#pragma once
// Getting to UTF-8. Text that is valid UTF-8 is left alone; UTF-8 with a
// few bad bytes is repaired (U+FFFD); anything else is decoded from the
// encoding a caller names, else the one ICU's charset detector finds.
// Nothing is dropped silently: the result says what was done.
#include <string>
#include <string_view>

namespace newsdex::corpus {

struct Decoded {
    std::string text;      // UTF-8
    std::string encoding;  // what it was read as: "UTF-8", "windows-1251"...
    enum class How { kValid, kRepaired, kConverted } how = How::kValid;
    std::size_t first_invalid = 0;  // byte offset, for kRepaired

    // For a warning, e.g. "not UTF-8; decoded as windows-1251 (detected)".
    std::string describe() const;
};

// `forced`: an encoding the user named (--encoding), used as it is.
// `hint`: one the document declares (HTML meta charset, XML prolog),
// used when the bytes are not valid UTF-8.
Decoded decode_to_utf8(std::string bytes, std::string_view forced = {}, std::string_view hint = {});

// ISO-8859-1 to UTF-8, byte for byte (Reuters-21578 is Latin-1).
std::string latin1_to_utf8(std::string_view bytes);

// Whether ICU knows a converter by this name.
bool is_known_encoding(std::string_view name);

}  // namespace newsdex::corpus
