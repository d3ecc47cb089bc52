// The highlighter Swagger UI registers its languages with, and their grammars: loaded by
// lazy-syntax-highlighter.tsx when the first code block is drawn, after the first screen.
import Light from 'react-syntax-highlighter/dist/esm/light'
import bash from 'react-syntax-highlighter/dist/esm/languages/hljs/bash'
import http from 'react-syntax-highlighter/dist/esm/languages/hljs/http'
import javascript from 'react-syntax-highlighter/dist/esm/languages/hljs/javascript'
import json from 'react-syntax-highlighter/dist/esm/languages/hljs/json'
import powershell from 'react-syntax-highlighter/dist/esm/languages/hljs/powershell'
import xml from 'react-syntax-highlighter/dist/esm/languages/hljs/xml'
import yaml from 'react-syntax-highlighter/dist/esm/languages/hljs/yaml'

export { Light }

/** Every grammar Swagger UI 5 registers, by its module's name. */
export const GRAMMARS: Readonly<Record<string, unknown>> = { bash, http, javascript, json, powershell, xml, yaml }
