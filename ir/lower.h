/* lower.h — from the syntax tree to the IR: name resolution (the pipeline's
 * first stage, "resolve"), format instantiation, parameter evaluation and -D
 * overrides, recipes. */
#ifndef ZOC_LOWER_H
#define ZOC_LOWER_H

#include "frontend/ast.h"
#include "ir/ir.h"

/* `-D NAME=VALUE` as the user wrote it */
typedef struct Define {
  const char *name;
  const char *value;
} Define;
typedef Vec(Define) DefineVec;

/* The model called `model` (NULL: the only model in the program, or an error
 * naming the choices), with its parameters from defaults and defines, and the
 * recipe called `recipe` (NULL: none) resolved against it. NULL after
 * reporting user errors. */
Func *zo_lower(Program *p, const char *model, const Define *defs, int ndefs, const char *recipe);

/* Models, formats and recipes are defined once each (errors otherwise). */
bool zo_check_duplicates(const Program *p);

/* Every format of the program with its default arguments; the error count. */
int zo_check_formats(Program *p);

/* Names of the models / recipes of a program (for help texts and `zoc check`). */
int zo_program_models(const Program *p, const char **names, int max);
int zo_program_recipes(const Program *p, const char **names, const char **targets, int max);

/* The settings a recipe may give, with their defaults (for validation and docs). */
typedef struct RecipeSetting {
  const char *name;
  double dflt;
  const char *what;
} RecipeSetting;
const RecipeSetting *zo_recipe_settings(int *n);

#endif
