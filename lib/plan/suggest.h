// "Did you mean" hints: the closest candidate by edit distance.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tt_astgen::plan_detail {

/// Optimal-string-alignment distance: insertions, deletions, substitutions and transpositions of
/// adjacent characters each cost 1. ASCII case differences cost 1 like any substitution.
size_t editDistance(std::string_view a, std::string_view b);

/// The candidate closest to word, if it is close enough to be a plausible typo: distance at most
/// max(1, min(word, candidate length) / 3), or the same spelling up to ASCII case. Ties go to the
/// earliest candidate.
std::optional<std::string> closestMatch(std::string_view word,
                                        const std::vector<std::string>& candidates);

/// ` (did you mean "x"?)` or "".
std::string didYouMean(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace tt_astgen::plan_detail
