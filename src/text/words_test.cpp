#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>

#include "text/words.h"

using namespace msklint;

TEST_CASE("text splits into lower-case words, numbers and signs") {
  const Words words("BMI ≤ 35, or weight=>120kg (patient's)");
  CHECK(words.tokens() == std::vector<std::string_view>{"bmi", "<=", "35", "or", "weight", ">=", "120", "kg", "patients"});
  CHECK(Words("12.5%").tokens() == std::vector<std::string_view>{"12.5"});
  CHECK(Words("40+").tokens() == std::vector<std::string_view>{"40", "+"});
  CHECK(Words("a=<b, c=>d; e<<f, g+=1; h==i").tokens() ==
        std::vector<std::string_view>{"a", "<=", "b", "c", ">=", "d", "e", "<<", "f", "g", "+=", "1", "h", "==", "i"});
  CHECK(Words("1.5.2 x.5 3.x").tokens() == std::vector<std::string_view>{"1.5.2", "x", "5", "3", "x"});
  CHECK(Words("'quoted' 6'2 o'clock ≥≤").tokens() == std::vector<std::string_view>{"quoted", "6", "2", "oclock", ">=", "<="});
  CHECK(Words("").tokens().empty());
  CHECK(Words("\xE2\x89").tokens().empty());  // the start of a "≤" cut short
}

TEST_CASE("words: a phrase's first word and its bit are the same worked out when compiling or when running") {
  constexpr Phrase compiled = "body mass index";
  static_assert(compiled.first_word() == "body");
  const std::string text = "body mass index";
  const Phrase running = Phrase::of(text);
  CHECK(running.first_word() == "body");
  CHECK(running.first_word_bit() == compiled.first_word_bit());
  CHECK(Phrase::of("bmi").first_word() == "bmi");
  const Words words("Body mass index over 35");
  CHECK(words.has(compiled));
  CHECK(words.has(running));
  CHECK(words.has_any({"weight", "mass index"}));
  CHECK_FALSE(words.has_any({"weight", "index over 30"}));
}

TEST_CASE("words: a set of phrases is found when any one of them is, wherever its first word's bit falls") {
  // Grouped by bit when compiling, and looked up from the text's words: the
  // answer must be the same as asking each phrase in turn.
  constexpr PhraseSet phrases = {"body mass index", "bmi", "weight loss", "weight", "no surgery", "x ray",
                                 "6 weeks", ">= 35", "not be offered", "not"};
  const char* texts[] = {"Body mass index over 35", "BMI >= 35", "a 6 weeks wait", "weigh in", "no surgeon",
                         "surgery is not offered", "X-ray first", "", "nothing here", "35 >= BMI",
                         "will not be offered", "weights"};
  for (const char* text : texts) {
    CAPTURE(text);
    const Words words(text);
    const bool each = std::any_of(phrases.begin(), phrases.end(), [&](const Phrase& phrase) { return words.has(phrase); });
    CHECK(words.has_any(phrases) == each);
  }
  CHECK(Words("BMI >= 35").has_any(phrases));
  CHECK_FALSE(Words("nothing here").has_any(phrases));
  CHECK(std::distance(phrases.begin(), phrases.end()) == 10);
}

TEST_CASE("words: the places a set's phrases start are those of each phrase, in order") {
  constexpr PhraseSet phrases = {"blood test", "blood tests", "x ray", "mri", "scan", "anti ccp", "ccp", "crp"};
  for (const char* text : {"MRI scan, then an MRI scan again", "blood tests and anti-CCP before the x-ray",
                           "no test named here", "", "ccp ccp crp"}) {
    CAPTURE(text);
    const Words words(text);
    std::vector<std::size_t> each;
    for (const Phrase& phrase : phrases) {
      const std::vector<std::size_t> found = words.positions(phrase);
      each.insert(each.end(), found.begin(), found.end());
    }
    std::sort(each.begin(), each.end());
    CHECK(words.positions(phrases) == each);
  }
  CHECK(Words("MRI scan, then an MRI scan again").positions(phrases) == std::vector<std::size_t>{0, 1, 4, 5});
  CHECK(Words("blood tests and anti-CCP").positions(phrases) == std::vector<std::size_t>{0, 3, 4});
}

TEST_CASE("words: the tokens stay valid when the words are moved") {
  std::vector<Words> all;
  for (int i = 0; i < 40; ++i) all.emplace_back("Weight loss of 10 kg, or BMI <= 35, before referral");
  for (const Words& words : all) {
    CHECK(words.tokens().size() == 11);
    CHECK(words.tokens().front() == "weight");
    CHECK(words.has("bmi <= 35"));
  }
}

TEST_CASE("phrases match whole words only") {
  const Words words("Body mass index over 35");
  CHECK(words.has("body mass index"));
  CHECK_FALSE(words.has("mass index over 30"));
  CHECK_FALSE(Words("embodiment").has("body"));
  CHECK(Words("discharged").has_prefix("discharg"));
}

TEST_CASE("numbers are values unless they number a reference") {
  const Words words("BMI under 40 (NICE NG226, QS87 statement 7, tier 3)");
  const auto& tokens = words.tokens();
  auto value = [&](std::string_view token) {
    const auto at = std::find(tokens.begin(), tokens.end(), token);
    REQUIRE(at != tokens.end());
    return words.is_value(static_cast<std::size_t>(at - tokens.begin()));
  };
  CHECK(value("40"));
  CHECK_FALSE(value("226"));
  CHECK_FALSE(value("87"));
  CHECK_FALSE(value("7"));
  CHECK_FALSE(value("3"));
}

TEST_CASE("as_one_line: a block of several lines quoted as one") {
  CHECK(msklint::as_one_line("\nWeight under 120 kg\n(measured  at the\tassessment)\n") ==
        "Weight under 120 kg (measured at the assessment)");
  CHECK(msklint::as_one_line("BMI < 35") == "BMI < 35");
  CHECK(msklint::as_one_line(" \r\n ") == "");
}

TEST_CASE("words: phrases and prefixes are found by their first word, whatever it starts with") {
  // Words first rules out a phrase whose first byte no word starts with; a
  // phrase that is there must still be found, digits and signs included.
  const Words words("Patient's BMI ≤ 35, 6 weeks after an X-ray; score >= 3");
  CHECK(words.has("bmi <= 35"));
  CHECK(words.has("6 weeks"));
  CHECK(words.has(">= 3"));
  CHECK(words.has("x ray"));
  CHECK(words.has("patients"));
  CHECK_FALSE(words.has("weeks before"));
  CHECK_FALSE(words.has("mri"));
  CHECK_FALSE(words.has("< 35"));
  CHECK(words.positions(Phrase("35")) == std::vector<std::size_t>{3});
  CHECK(words.positions(Phrase("zero")).empty());
  const std::string_view running = "6 weeks";  // known only when running: hashed then
  CHECK(words.positions(running) == std::vector<std::size_t>{4});
  CHECK(words.positions(std::string_view("")).empty());
  CHECK(words.has_prefix("pat"));
  CHECK(words.has_prefix("sc"));
  CHECK_FALSE(words.has_prefix("q"));
  CHECK(words.prefix_positions("we") == std::vector<std::size_t>{5});
  CHECK(words.prefix_positions("u").empty());
  CHECK(words.has_prefix(""));
  CHECK(Words("").prefix_positions("").empty());
  CHECK_FALSE(Words("").has("a"));
}

TEST_CASE("words: every word of a long text is found, and words it does not hold are not") {
  // Words also rules out a phrase whose first word hashes to a bit no word
  // set; with hundreds of words most bits are set, and collisions must not
  // hide a word nor make one up.
  auto word_of = [](int i, char last) {
    return std::string{'w', static_cast<char>('a' + i / 26), static_cast<char>('a' + i % 26), last};
  };
  std::string text;
  for (int i = 0; i < 400; ++i) text += word_of(i, 'x') + " ";
  const Words words(text);
  for (int i = 0; i < 400; ++i) {
    const std::string word = word_of(i, 'x');
    CAPTURE(word);
    CHECK(words.has(Phrase::of(word)));
    CHECK(words.positions(word) == std::vector<std::size_t>{static_cast<std::size_t>(i)});
    const std::string other = word_of(i, 'y');
    CHECK_FALSE(words.has(Phrase::of(other)));
  }
  const std::string three = word_of(7, 'x') + " " + word_of(8, 'x') + " " + word_of(9, 'x');
  const std::string gap = word_of(7, 'x') + " " + word_of(9, 'x');
  CHECK(words.has(Phrase::of(three)));
  CHECK_FALSE(words.has(Phrase::of(gap)));
}

TEST_CASE("fewest_words: a lower bound on the words Words makes, exact on plain prose") {
  CHECK(fewest_words("to be confirmed") == 3);
  CHECK(fewest_words("n/a") == 2);
  CHECK(fewest_words("patient's x-ray, 1.5") == 4);
  CHECK(fewest_words("  ... ''  ") == 0);
  // Never more than Words makes, whatever the bytes: letters, digits, the
  // joining '.' and '\'', signs, "≤", and bytes of other characters.
  const std::string_view pieces[] = {"a", "B", "7", ".", "'", " ", "-", "<", "=", "+", "\xE2\x89\xA4", "\xC3\xA9", "x2"};
  std::uint32_t state = 12345;
  for (int sample = 0; sample < 20000; ++sample) {
    std::string text;
    for (int piece = 0; piece < sample % 12; ++piece) {
      state = state * 1664525U + 1013904223U;
      text += pieces[(state >> 16) % std::size(pieces)];
    }
    CAPTURE(text);
    CHECK(fewest_words(text) <= Words(text).tokens().size());
  }
}
