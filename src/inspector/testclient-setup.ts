// What a lesson's main.py takes from outside itself (its MainPySetup), written into a copied
// TestClient test: the environment it reads when imported, set before the import, and what it
// would fetch from a third party, handed to it instead with monkeypatch.
import type { MainPySetup } from '../lessons/lesson'
import { prefixed, pythonExpression, pythonLines, pythonString } from './python-literal'

/** The lines between the imports of the libraries and `import main`: the environment main.py reads. */
export function environmentLines(setup: MainPySetup, site: URL): string[] {
  const variables = Object.entries(setup.environment(site))
  if (variables.length === 0) return []
  return [
    '',
    `# main.py reads ${variables.map(([name]) => name).join(' and ')} when it is imported: set as the playground had it.`,
    ...variables.map(([name, value]) => `os.environ[${pythonString(name)}] = ${pythonString(value)}`),
  ]
}

/** The constant with what the third party served, after the imports. */
export function fetchedConstantLines(setup: MainPySetup): string[] {
  const { name, value, what } = setup.fetched
  return ['', `# ${capitalize(what)}.`, ...pythonLines(prefixed(`${name} = `, pythonExpression(value)), '')]
}

/** The test's first lines: main.py gets what the playground's third party served, without fetching it. */
export function fetchedPatchLines(setup: MainPySetup): string[] {
  const { object, method, name } = setup.fetched
  return [
    '    # Instead of fetching it, main.py gets what the playground’s stand-in served.',
    `    monkeypatch.setattr(main.${object}, ${pythonString(method)}, lambda: ${name})`,
  ]
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
