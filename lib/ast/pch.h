// Precompiled header for the Clang-including translation units (keeps 2-core builds short).
#pragma once
#include <clang/AST/ASTContext.h>
#include <clang/AST/Decl.h>
#include <clang/AST/Expr.h>
#include <clang/AST/ExprCXX.h>
#include <clang/AST/Stmt.h>
#include <clang/Frontend/ASTUnit.h>
#include <clang/Sema/Lookup.h>
#include <clang/Sema/Sema.h>
#include <string>
#include <vector>
