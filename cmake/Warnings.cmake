# Warnings for the project's own code (not for generated or third-party code).
function(tt_astgen_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wno-unused-parameter)
endfunction()
