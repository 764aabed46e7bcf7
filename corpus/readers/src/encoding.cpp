#include "newsdex/corpus/encoding.hpp"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cctype>
#include <memory>

#include "newsdex/utf8.hpp"

namespace newsdex::corpus {

namespace {

// Counts well-formed multi-byte sequences and invalid bytes: text that has
// many of the first and few of the second is damaged UTF-8, not another
// encoding.
struct Utf8Census {
    std::size_t multibyte = 0;
    std::size_t invalid = 0;
    std::size_t first_invalid = std::string::npos;
};

Utf8Census census(std::string_view text) {
    Utf8Census c;
    for (std::size_t at = 0; at < text.size();) {
        if (static_cast<unsigned char>(text[at]) < 0x80) {
            ++at;
            continue;
        }
        const std::size_t n = utf8::sequence_length(text, at);
        if (n == 0) {
            if (c.first_invalid == std::string::npos) c.first_invalid = at;
            ++c.invalid;
            ++at;
        } else {
            ++c.multibyte;
            at += n;
        }
    }
    return c;
}

bool is_utf8_name(std::string_view name) {
    std::string lower;
    for (char ch : name)
        if (ch != '-' && ch != '_')
            lower += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    return lower == "utf8";
}

std::string convert(std::string_view bytes, const std::string& encoding) {
    icu::UnicodeString unicode(bytes.data(), static_cast<int32_t>(bytes.size()), encoding.c_str());
    std::string out;
    unicode.toUTF8String(out);
    return out;
}

std::string detect(std::string_view bytes) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UCharsetDetector, decltype(&ucsdet_close)> detector(ucsdet_open(&status),
                                                                        &ucsdet_close);
    if (U_FAILURE(status)) return "windows-1252";
    // The detector looks at a sample; a few KB decide as well as megabytes.
    const int32_t sample = static_cast<int32_t>(std::min<std::size_t>(bytes.size(), 64 * 1024));
    ucsdet_setText(detector.get(), bytes.data(), sample, &status);
    const UCharsetMatch* match = ucsdet_detect(detector.get(), &status);
    if (U_FAILURE(status) || !match) return "windows-1252";
    const char* name = ucsdet_getName(match, &status);
    if (U_FAILURE(status) || !name) return "windows-1252";
    // Latin-1 text is almost always really windows-1252 (curly quotes).
    std::string found = name;
    if (found == "ISO-8859-1") return "windows-1252";
    return found;
}

}  // namespace

std::string Decoded::describe() const {
    switch (how) {
        case How::kValid:
            return "valid UTF-8";
        case How::kRepaired:
            return "invalid UTF-8 at byte offset " + std::to_string(first_invalid) +
                   ", replaced with U+FFFD";
        case How::kConverted:
            return "not UTF-8; decoded as " + encoding;
    }
    return {};
}

bool is_known_encoding(std::string_view name) {
    UErrorCode status = U_ZERO_ERROR;
    UConverter* converter = ucnv_open(std::string(name).c_str(), &status);
    if (converter) ucnv_close(converter);
    return U_SUCCESS(status);
}

std::string latin1_to_utf8(std::string_view bytes) {
    std::string out;
    out.reserve(bytes.size() + bytes.size() / 16);
    for (unsigned char c : bytes) {
        if (c < 0x80) {
            out += static_cast<char>(c);
        } else {
            out += static_cast<char>(0xC0 | (c >> 6));
            out += static_cast<char>(0x80 | (c & 0x3F));
        }
    }
    return out;
}

Decoded decode_to_utf8(std::string bytes, std::string_view forced, std::string_view hint) {
    Decoded d;
    if (!forced.empty()) {
        d.encoding = std::string(forced);
        d.how = Decoded::How::kConverted;
        d.text = convert(bytes, d.encoding);
        return d;
    }
    const Utf8Census c = census(bytes);
    if (c.invalid == 0) {
        d.encoding = "UTF-8";
        d.text = std::move(bytes);
        return d;
    }
    const bool declared_other = !hint.empty() && !is_utf8_name(hint) && is_known_encoding(hint);
    if (!declared_other && c.multibyte >= c.invalid) {
        d.encoding = "UTF-8";
        d.how = Decoded::How::kRepaired;
        d.first_invalid = c.first_invalid;
        d.text = utf8::repair(bytes);
        return d;
    }
    d.encoding = declared_other ? std::string(hint) + " (declared)" : detect(bytes) + " (detected)";
    d.how = Decoded::How::kConverted;
    d.text = convert(bytes, d.encoding.substr(0, d.encoding.find(' ')));
    return d;
}

}  // namespace newsdex::corpus
