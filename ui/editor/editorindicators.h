#pragma once

namespace lathe::EditorIndicator {

// Scintilla indicator numbers drawn by the prompt editor's parts (the container range is
// 8..31). PromptEditor defines their look; the parts only fill and clear them.
inline constexpr int Spelling = 24;    // misspelled words (squiggle)
inline constexpr int SearchMatch = 25; // every match of the find bar's query
inline constexpr int SearchCurrent = 28; // the match the find bar went to last
inline constexpr int TagMatch = 26;    // the template tag at the caret and its partners
inline constexpr int TagMismatch = 27; // a block tag at the caret that has no partner

} // namespace lathe::EditorIndicator
