import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { ChangedFileDiff } from './changed-file-diff'

const MAIN = ['import a', '', 'def login():', '    raise HTTPException(400)', '    return 1', ''].join('\n')
const CHANGED = ['import a', '', 'def login():', '    raise TokenError("invalid_grant")', '    return 1', ''].join('\n')

describe('a switch’s changed main.py', () => {
  const html = renderToStaticMarkup(<ChangedFileDiff file="main_spec_exact.py" mainPy={MAIN} changed={CHANGED} />)

  it('is a figure named by its caption, with the changed lines marked in words as well as colour', () => {
    expect(html).toMatch(/^<figure class="changed-file"><figcaption><code>main_spec_exact.py<\/code> compared with/)
    expect(html).toContain(
      '<span class="diff-removed"><span class="visually-hidden">Line of main.py: </span>' +
        '<span aria-hidden="true">- </span>    raise HTTPException(400)\n</span>',
    )
    expect(html).toContain(
      '<span class="diff-added"><span class="visually-hidden">Line of main_spec_exact.py: </span>' +
        '<span aria-hidden="true">+ </span>    raise TokenError(&quot;invalid_grant&quot;)\n</span>',
    )
  })

  it('offers the whole file to take home, and how to run it', () => {
    expect(html).toContain('<summary>The whole main_spec_exact.py</summary><pre tabindex="0"><code>import a\n')
    expect(html).toContain('<code>fastapi dev main_spec_exact.py</code>')
  })
})
