// Mirrors tt-metal tt-metalium/tt_metal.hpp as far as programs include it for the host API it
// brings in. Its tt::tt_metal::detail functions (CreateDevices, WriteToBuffer, ReadFromBuffer,
// LaunchProgram, CompileProgram, ...) are not mocked: a program that calls them gets an
// "undeclared" error from the checker rather than a declaration the dry-run cannot run.
#pragma once

#include <tt-metalium/host_api.hpp>
