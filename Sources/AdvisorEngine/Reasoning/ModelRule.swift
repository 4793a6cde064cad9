/// A rule of one of the models.
package struct ModelRule: Hashable {
    package var model: Int
    package var rule: Int
}
