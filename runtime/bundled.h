/* bundled.h — the bundled model a Hugging Face directory holds, so that
 * `zoc loss --weights DIR` needs no FILE.zo.
 *
 * A model says which Hugging Face model_type values it binds (`model llama(...)
 * for "llama" | "mistral"`). The .zo files of the directories an `import`
 * searches (models/ of the source tree, or $ZOC_PATH's: zo_import_dirs) are
 * read in order, each folder's files by name, and the first model whose `for`
 * list holds config.json's model_type is the one; a config without
 * model_type (or one no model lists) is matched by architectures[0]
 * ("LlamaForCausalLM" is model_type "llama": the part before "For" or
 * "LMHeadModel", compared without case and underscores).
 */
#ifndef ZOC_BUNDLED_H
#define ZOC_BUNDLED_H

/* The bundled model for the directory DIR: *file (the .zo path) and *model
 * (its name), both malloc'd, and a line on stderr saying which was picked and
 * why. `model` (may be NULL): the user's --model, which picks the bundled
 * model of that name instead. Returns 0, or -1 after a message: DIR has no
 * config.json (or it cannot be read), or no bundled model binds its type (the
 * message lists the types they bind and points to docs/language.md). */
int zo_bundled_pick(const char *verb, const char *dir, const char *model, char **file, char **name);

#endif
