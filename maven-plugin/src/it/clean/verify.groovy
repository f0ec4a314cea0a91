import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
// src/main/k8s/deployment.yaml (2 documents) and src/main/resources/k8s/config.yml; templates/ is excluded
assert log.contains('[INFO] kubelint: no problems found in 2 files (3 documents), Kubernetes ')
assert log.contains('[INFO] kubelint: reports in target/kubelint: kubelint.sarif')
// every artifact came from the outer build's local repository, none from the network
assert !(log =~ /Download\w* from [\w.-]+: https?:/)

def reports = new File(basedir, 'target/kubelint')
assert reports.list() as List == ['kubelint.sarif']
def run = new JsonSlurper().parse(new File(reports, 'kubelint.sarif')).runs[0]
assert run.tool.driver.name == 'kubelint'
assert run.tool.driver.rules*.id.contains('unknown-field')
assert run.results == []
