/* lower.h — from the syntax tree to the IR: name resolution (the pipeline's
 * first stage, "resolve"), format instantiation, parameter evaluation and -D
 * overrides, recipes. */
#ifndef ZOC_LOWER_H
#define ZOC_LOWER_H

#include "frontend/ast.h"
#include "ir/ir.h"

/* The most bytes one tensor may take (a weight's storage, its values in f32,
 * an activation at the planned sizes): 2^48, 256 TiB, more than any machine
 * zoc runs on holds, and small enough that sums and products of byte counts
 * (the memory plan's, element offsets in kernels) stay far inside int64.
 * Past it a size is the user's mistake, reported at the declaration. */
#define ZO_MAX_TENSOR_BYTES ((int64_t)1 << 48)

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

/* Models, formats and recipes are defined once each: false if not, with
 * the errors reported by the first call only (every later call, e.g. one per
 * model by zo_lower, answers from the program's declaration index). */
bool zo_check_duplicates(const Program *p);

/* Every format of the program with its default arguments; the error count. */
int zo_check_formats(Program *p);

/* How many models / recipes a program declares (duplicates included), with
 * the names (and targets) of the first `max` of them in declaration order
 * (for help texts and `zoc check`); O(max), not O(declarations). */
int zo_program_models(const Program *p, const char **names, int max);
int zo_program_recipes(const Program *p, const char **names, const char **targets, int max);
/* The position in p->decls of the (first) declaration of that kind and
 * name, or -1 (O(1)). */
int zo_program_find(const Program *p, AstKind kind, const char *name);

/* The settings a recipe may give, with their defaults (for validation and docs). */
typedef struct RecipeSetting {
  const char *name;
  double dflt;
  const char *what;
} RecipeSetting;
const RecipeSetting *zo_recipe_settings(int *n);
/* What is wrong with value v of setting `name` in the precision training uses
 * it in (eps, lr, clip, weight_decay, scale_min: f32), as a message in buf
 * naming the setting and the value; NULL if nothing (or not such a setting).
 * Recipes (zoc check) and `zoc train --set` share it. */
const char *zo_recipe_setting_problem(const char *name, double v, char *buf, size_t n);
/* Settings whose values are names (schedule, forward, forward_rounding,
 * update_rounding, masters): the index of `value` among the setting's names,
 * or -1 (value NULL or not one of them); *names (when given) gets the
 * NULL-ended list, NULL when `name` is not such a setting. */
int zo_recipe_setting_enum(const char *name, const char *value, const char *const **names);
/* "a, b or c": the names such a setting takes, in buf ("" for another setting) */
const char *zo_recipe_setting_names_of(const char *name, char *buf, size_t n);

#endif
