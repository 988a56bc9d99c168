// Negative sample: TT_FATAL's message is an fmt format string checked at compile time (the SDK's
// tt_throw takes fmt::format_string<Args...>): two placeholders, one argument.
#include <tt-metalium/host_api.hpp>

int main() {
    uint32_t n = 3;
    TT_FATAL(n == 4, "expected {} tiles, got {}", n);
    return 0;
}
