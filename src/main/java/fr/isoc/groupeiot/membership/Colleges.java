package fr.isoc.groupeiot.membership;

import jakarta.data.repository.DataRepository;
import jakarta.data.repository.Find;
import jakarta.data.repository.OrderBy;
import jakarta.data.repository.Repository;

import java.util.List;

@Repository
public interface Colleges extends DataRepository<College, String> {

    /** The colleges in the order the group presents them. */
    @Find
    @OrderBy("position")
    List<College> inOrder();
}
