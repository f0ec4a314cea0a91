import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert !log.contains('not marked as thread-safe')
// the schema validator inside the plugin logs through Maven's logger: it must have nothing to say
assert !log.contains('Unknown keyword')
assert log.contains('[WARNING] src/main/k8s/api.yaml:18:11: [probe-initial-delay] ')
// the parent has no manifests: it says so and writes no report
assert log.contains('[INFO] kubelint: nothing to lint, no source directory exists (src/main/k8s, src/main/kubernetes,'
    + ' src/main/resources/k8s)')
assert !new File(basedir, 'target/kubelint').exists()

// each module has its own reports, about its own files only
// (web also holds a CustomResourceDefinition and a custom resource checked against it)
def modules = [[name: 'api', files: 1, findings: 1, file: 'src/main/k8s/api.yaml'],
               [name: 'web', files: 3, findings: 0]]
for (m in modules) {
  def reports = new File(basedir, "${m.name}/target/kubelint")
  def json = new JsonSlurper().parse(new File(reports, 'kubelint.json'))
  assert json.summary.files == m.files
  assert json.findings.size() == m.findings
  assert json.findings.every { it.file == m.file }
  def run = new JsonSlurper().parse(new File(reports, 'kubelint.sarif')).runs[0]
  assert run.results.size() == m.findings
  // relative to the repository root (the nearest folder with .git), or to the top of the build without one
  assert run.results.every {
    def uri = it.locations[0].physicalLocation.artifactLocation.uri
    uri == "${m.name}/${m.file}" || uri.endsWith("/multi-module/${m.name}/${m.file}")
  }
}
