import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] src/main/k8s/app.yaml:18:11: [unknown-field] unknown field "imagePulPolicy" in Container'
    + ' at spec.template.spec.containers[0]')
assert log.contains('[ERROR]     help: did you mean "imagePullPolicy"?')
assert log.contains('[WARNING] src/main/k8s/app.yaml:22:11: [probe-initial-delay] liveness probe of container cart'
    + ' starts at once')
assert log.contains('[INFO] kubelint: 1 error, 1 warning, 0 infos in 1 file (1 document), Kubernetes ')
assert log.contains('BUILD FAILURE')
assert log.contains(': kubelint found 1 error (failOn=error); see the lines above and the reports in target/kubelint')
assert log.contains('/MojoFailureException')

// the reports are written before the build fails
def reports = new File(basedir, 'target/kubelint')
assert (reports.list() as List).sort() == ['kubelint.json', 'kubelint.sarif', 'kubelint.txt']
def results = new JsonSlurper().parse(new File(reports, 'kubelint.sarif')).runs[0].results
assert results*.ruleId == ['unknown-field', 'probe-initial-delay']
// relative to the repository root (the nearest folder with .git), or to the project when there is no repository
assert results.every { it.locations[0].physicalLocation.artifactLocation.uri =~ /^(.*\/error\/)?src\/main\/k8s\/app\.yaml$/ }
assert results[0].locations[0].physicalLocation.region.startLine == 18
def json = new JsonSlurper().parse(new File(reports, 'kubelint.json'))
assert json.findings*.file == ['src/main/k8s/app.yaml', 'src/main/k8s/app.yaml']
assert new File(reports, 'kubelint.txt').text.contains('1 error, 1 warning, 0 infos in 1 file (1 document)')
